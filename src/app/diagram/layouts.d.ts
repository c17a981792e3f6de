/** The coordinates laid out by ELK at build time (src/build/diagramLayoutPlugin.ts). */
declare module 'virtual:diagram-layouts' {
  const layouts: import('../../diagram/layoutTypes.ts').DiagramLayouts;
  export default layouts;
}
