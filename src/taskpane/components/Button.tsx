import {
  makeStyles,
  mergeClasses,
  renderButton_unstable,
  tokens,
  useButton_unstable,
  type ButtonProps,
} from "@fluentui/react-components";
import * as React from "react";

/*
 * Fluent's Button, recomposed as Fluent v9 allows: its own hook (props, slots, aria-disabled and keyboard handling for
 * `disabledFocusable`) and its own render, with the styles of only what the pane uses (secondary, primary and
 * transparent; medium and small; icon-only). Fluent's full style sheet, for every appearance, shape and size, is
 * 4.9 KB of the pane's gzip budget; this is a fifth of that, drawn with the same tokens.
 */
/** The four border colours (Griffel takes no borderColor shorthand; its helper object would cost 1.3 KB gzip). */
const borderColor = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useStyles = makeStyles({
  root: {
    alignItems: "center",
    boxSizing: "border-box",
    display: "inline-flex",
    justifyContent: "center",
    verticalAlign: "middle",
    margin: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: "none",
    padding: `5px ${tokens.spacingHorizontalM}`,
    minWidth: "96px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    ":focus-visible": {
      ...borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    },
    "@media (forced-colors: active)": { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid Highlight` } },
  },
  secondary: {},
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...borderColor("transparent"),
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      color: tokens.colorNeutralForegroundOnBrand,
      ...borderColor("transparent"),
    },
    ":hover:active": {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      color: tokens.colorNeutralForegroundOnBrand,
      ...borderColor("transparent"),
    },
    ":focus-visible": {
      ...borderColor(tokens.colorStrokeFocus2),
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...borderColor("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...borderColor("transparent"),
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ":hover:active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      ...borderColor("transparent"),
      color: tokens.colorNeutralForeground2BrandPressed,
    },
  },
  small: {
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  iconOnly: { minWidth: "32px", maxWidth: "32px", padding: "5px" },
  iconOnlySmall: { minWidth: "24px", maxWidth: "24px", padding: "1px" },
  icon: {
    alignItems: "center",
    display: "inline-flex",
    justifyContent: "center",
    fontSize: "20px",
    height: "20px",
    width: "20px",
  },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: "not-allowed",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
  },
  disabledBorderless: {
    ...borderColor("transparent"),
    ":hover": { ...borderColor("transparent") },
  },
  disabledTransparent: { backgroundColor: "transparent", ":hover": { backgroundColor: "transparent" } },
});

export type { ButtonProps };

export const Button = React.forwardRef<HTMLButtonElement, ButtonProps>((props, ref) => {
  const state = useButton_unstable(props, ref);
  const styles = useStyles();
  const off = state.disabled || state.disabledFocusable;
  const appearance =
    state.appearance === "transparent" || state.appearance === "primary" ? state.appearance : "secondary";
  state.root.className = mergeClasses(
    "fui-Button",
    styles.root,
    styles[appearance],
    state.size === "small" && styles.small,
    state.iconOnly && (state.size === "small" ? styles.iconOnlySmall : styles.iconOnly),
    off && styles.disabled,
    off && appearance !== "secondary" && styles.disabledBorderless,
    off && appearance === "transparent" && styles.disabledTransparent,
    state.root.className,
  );
  if (state.icon) state.icon.className = mergeClasses("fui-Button__icon", styles.icon, state.icon.className);
  return renderButton_unstable(state);
});
Button.displayName = "Button";
