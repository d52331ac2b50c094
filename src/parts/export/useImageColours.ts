/** The colours pictures are exported in, remembered across visits (print unless the reader chose the theme). */
import { useState } from 'react';
import type { ImageColours } from './palette';

const COLOURS_KEY = 'export-colours';

const savedColours = (): ImageColours => {
  try {
    return localStorage.getItem(COLOURS_KEY) === 'theme' ? 'theme' : 'print';
  } catch {
    return 'print';
  }
};

export function useImageColours(): [ImageColours, (colours: ImageColours) => void] {
  const [colours, setColours] = useState<ImageColours>(savedColours);
  const choose = (value: ImageColours) => {
    setColours(value);
    try {
      localStorage.setItem(COLOURS_KEY, value);
    } catch {
      // Private mode: remembered for this page only.
    }
  };
  return [colours, choose];
}
