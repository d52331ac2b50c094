/** The width of a text at a size (weight 600, the pictures' font), measured by the browser's canvas. */
export function browserMeasure(): (text: string, size: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size) => {
    if (!context) return text.length * size * 0.58;
    context.font = `600 ${size}px Inter, sans-serif`;
    return context.measureText(text).width;
  };
}
