import { lazy, Suspense, type ReactNode } from 'react';
import { hasTopBar, isGraphPage, type Page, type Route } from '../url/codec';
import { selectEmbed, selectNotices, selectRoute, useExplorer } from '../url/store';
import { ArchitecturePage } from '../features/architecture/ArchitecturePage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { TopBar } from './TopBar';
import { SearchHost } from '../features/search/SearchHost';
import { useAppliedTheme } from '../ui/theme';

// Pages other than the graph load on first visit, keeping the first graph's bundle small.
const HomePage = lazy(() => import('../features/home/HomePage').then((m) => ({ default: m.HomePage })));
const RequirementPage = lazy(() =>
  import('../features/requirement/RequirementPage').then((m) => ({ default: m.RequirementPage })),
);
const MatrixPage = lazy(() => import('../features/matrix/MatrixPage').then((m) => ({ default: m.MatrixPage })));
const ComparePage = lazy(() => import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const NotFound = lazy(() => import('../ui/NotFound').then((m) => ({ default: m.NotFound })));
// Most links are not stale: the notices' code loads when there is one.
const Notices = lazy(() => import('../ui/Notices').then((m) => ({ default: m.Notices })));
const BoardPage = lazy(() => import('../features/board/BoardPage').then((m) => ({ default: m.BoardPage })));
const DeckPage = lazy(() => import('../features/deck/DeckPage').then((m) => ({ default: m.DeckPage })));
// The editor brings the checker, the layout engine and a worker: only for readers who open it.
const EditPage = lazy(() => import('../features/edit/EditPage').then((m) => ({ default: m.EditPage })));
const PresentPage = lazy(() => import('../features/present/PresentPage').then((m) => ({ default: m.PresentPage })));

/** What each page draws (a page of the table in url/pages.ts that draws nothing fails to compile). */
const views: { [P in Page]: (route: Extract<Route, { page: P }>) => ReactNode } = {
  home: () => <HomePage />,
  arch: (route) => <ArchitecturePage id={route.id} />,
  req: (route) => <RequirementPage id={route.id} />,
  matrix: () => <MatrixPage />,
  compare: () => <ComparePage />,
  board: () => <BoardPage />,
  deck: () => <DeckPage />,
  edit: () => <EditPage />,
  present: (route) => <PresentPage id={route.id} />,
  'not-found': () => <NotFound what="That page" />,
};
const view = <P extends Page>(route: Extract<Route, { page: P }>) =>
  (views[route.page as P] as (r: typeof route) => ReactNode)(route);

export function App() {
  useAppliedTheme();
  const route = useExplorer(selectRoute);
  const embed = useExplorer(selectEmbed);
  const key = JSON.stringify(route);
  const noticed = useExplorer((s) => selectNotices(s).length > 0);
  return (
    <div className="flex h-full flex-col">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-surface focus:p-2"
      >
        Skip to content
      </a>
      {!embed && hasTopBar(route.page) && <TopBar />}
      {!embed && <SearchHost />}
      {noticed && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
      <div id="main-content" className={`min-h-0 flex-1 ${isGraphPage(route.page) ? '' : 'overflow-y-auto'}`}>
        <ErrorBoundary key={key}>
          <Suspense fallback={<Loading what="the page" />}>{view(route)}</Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
