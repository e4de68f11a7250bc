/** webpack's asset/resource rule turns an imported .xlsx into the URL it is served from. */
declare module '*.xlsx' {
  const url: string;
  export default url;
}
