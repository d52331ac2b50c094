import { createContext } from 'react';

/** Lets the memoised site nodes cut their own link without every node carrying callbacks in its data. */
export const SimulationContext = createContext<{ toggleSite: (siteId: string) => void; centralDown: boolean }>({
  toggleSite: () => {},
  centralDown: false,
});
