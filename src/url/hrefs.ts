/** Links between pages, built with the same serialiser the URL binding uses so they cannot drift. */
import { defaultChoices, toHash, type Choices } from './codec';

export const hrefTo = (route: Choices['route'], patch: Partial<Choices> = {}) =>
  toHash({ ...defaultChoices, route, ...patch });
export const archHref = (id: string, node: string | null = null) => hrefTo({ page: 'arch', id }, { node });
export const reqHref = (id: string) => hrefTo({ page: 'req', id });
