// mammoth's browser build (a UMD bundle with its own polyfills) has the package's types.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
