/* Stands in for @fluentui/tokens/lib/sharedColorNames.js in the pane's bundle: no avatar colours (see status-palette.js). */
export const statusSharedColorNames = ["red", "green", "darkOrange", "yellow", "berry", "lightGreen", "marigold"];
export const personaSharedColorNames = [];
export const mappedStatusColorNames = ["cranberry", "green", "orange"];
export const unusedSharedColorNames = [];
