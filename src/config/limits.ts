/** The longest colour the colour forms accept. */
export const COLOR_MAX_LENGTH = 40;
