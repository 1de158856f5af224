/** What `listParts` loads on demand (see list-parts-on-demand.tsx). */
export { ListAside } from './ListAside';
export { Pager } from '../components/Pager';
export { DistrictsScreen } from '../features/district-map/DistrictsScreen';
