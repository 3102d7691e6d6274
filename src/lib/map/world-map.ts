/**
 * A map of where meetings took place, drawn at build time: Natural Earth's country shapes (world-atlas) in the
 * Equal Earth projection (d3-geo), with each place's country filled and a dot sized by its number of meetings.
 * The land is one shared file (landSvg, /map/land.svg); a page draws only its own places over it. The places are
 * countries: the meetings name cities, but the archive holds no coordinates for them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countryCodes from 'i18n-iso-countries';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

const require = createRequire(import.meta.url);
const topology = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;

interface World {
  projection: GeoProjection;
  land: FeatureCollection;
  /** Country shapes by ISO 3166-1 numeric code: the 1:110m set, and the 1:50m one for the small states it lacks. */
  countries: Map<string, Feature<Geometry>>;
}

let world: World | undefined;
function loadWorld(): World {
  if (world) return world;
  const small = topology('land-110m.json');
  const land = feature(small, small.objects.land as GeometryCollection) as unknown as FeatureCollection;
  const shapes = (file: string) => {
    const topo = topology(file);
    return (feature(topo, topo.objects.countries as GeometryCollection) as unknown as FeatureCollection).features.map((f) => [String(f.id), f] as const);
  };
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], land);
  // A big country's 1:50m outline is tens of kilobytes on every page that shows it; at this size 1:110m is as good.
  world = { projection, land, countries: new Map([...shapes('countries-50m.json'), ...shapes('countries-110m.json')]) };
  return world;
}

/** The land of the world as an SVG file, the layer every map draws its places over. */
export function landSvg(): string {
  const { projection, land } = loadWorld();
  const d = geoPath(projection).digits(0)(land) ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><path fill="#8f9aa6" d="${d}"/></svg>\n`;
}

export interface MapPlace {
  /** ISO 3166-1 alpha-2, lower case, as in the content. */
  country: string;
  name: string;
  url?: string;
  meetings: number;
}

export interface DrawnPlace extends MapPlace {
  /** The country's outline, or nothing for a code with no shape (the EU). */
  shape?: string;
  /** The dot: at the country's centroid, its area growing with the number of meetings. */
  dot?: { x: number; y: number; r: number };
}

/** Where each place goes on the map, most meetings first (so smaller dots are drawn on top). */
export function drawPlaces(places: readonly MapPlace[]): DrawnPlace[] {
  const { projection, countries } = loadWorld();
  const path = geoPath(projection).digits(0);
  const most = Math.max(1, ...places.map((p) => p.meetings));
  return [...places]
    .sort((a, b) => b.meetings - a.meetings || a.country.localeCompare(b.country))
    .map((place) => {
      const numeric = countryCodes.alpha2ToNumeric(place.country.toUpperCase());
      const shape = numeric ? countries.get(numeric) : undefined;
      if (!shape) return { ...place };
      const at = projection(geoCentroid(shape));
      const r = Math.round((3 + 9 * Math.sqrt(place.meetings / most)) * 10) / 10;
      return {
        ...place,
        shape: path(shape) ?? undefined,
        ...(at ? { dot: { x: Math.round(at[0] * 10) / 10, y: Math.round(at[1] * 10) / 10, r } } : {}),
      };
    });
}
