import { describe, expect, it } from 'vitest';
import { drawPlaces, landSvg, MAP_HEIGHT, MAP_WIDTH } from '../../../src/lib/map/world-map.ts';

describe('the map of meeting places (회담 장소 지도)', () => {
  it('draws each country’s outline and a dot inside the map, larger for more meetings, most meetings first', () => {
    const drawn = drawPlaces([
      { country: 'pe', name: 'Peru', meetings: 1 },
      { country: 'us', name: 'United States', meetings: 9 },
      { country: 'sg', name: 'Singapore', meetings: 1 },
    ]);
    expect(drawn.map((p) => p.country)).toEqual(['us', 'pe', 'sg']);
    for (const p of drawn) {
      expect(p.shape, p.country).toMatch(/^M[\d.,-]+L/);
      expect(p.dot!.x).toBeGreaterThan(0);
      expect(p.dot!.x).toBeLessThan(MAP_WIDTH);
      expect(p.dot!.y).toBeGreaterThan(0);
      expect(p.dot!.y).toBeLessThan(MAP_HEIGHT);
    }
    const [us, pe, sg] = drawn;
    expect(us!.dot!.r).toBeGreaterThan(pe!.dot!.r);
    expect(pe!.dot!.r).toBe(sg!.dot!.r);
    // North America is west of South America's Peru and north of it; Singapore is far east.
    expect(us!.dot!.y).toBeLessThan(pe!.dot!.y);
    expect(sg!.dot!.x).toBeGreaterThan(MAP_WIDTH * 0.7);
  });

  it('keeps a place with no shape (the EU) for the table, without drawing it', () => {
    expect(drawPlaces([{ country: 'eu', name: 'European Union', meetings: 2 }])).toEqual([{ country: 'eu', name: 'European Union', meetings: 2 }]);
  });

  it('draws the shared land as one SVG file, the same every time', () => {
    const svg = landSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 470"[^>]*><path fill="#[0-9a-f]{6}" d="M[^"]+"\/><\/svg>\n$/);
    expect(landSvg()).toBe(svg);
  });
});
