// Shared CTA classification (rule catalog §1E, §4): which links, buttons, forms and frames are calls
// to action, which prose is a call to action, and which written CTAs have nothing to click.
export * from './patterns';
export * from './classify';
export * from './text';
export * from './unlinked';
export * from './body';
export * from './action';
export * from './nameless';
