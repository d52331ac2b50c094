/** The look of a toolbar button (colours are added per button). */
export const buttonClass = 'rounded-md border-2 px-2 py-0.5 font-semibold whitespace-nowrap';
