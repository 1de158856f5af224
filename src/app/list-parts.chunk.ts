/** What `listParts` loads on demand (see list-parts.on-demand.tsx). */

export { Pager } from '../components/Pager';
export { DistrictsScreen } from '../features/district-map/DistrictsScreen';
export { ListAside } from './ListAside';
export { OlderInWiderLists } from './routes/OlderInWiderLists';
