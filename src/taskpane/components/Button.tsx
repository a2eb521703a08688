import {
  makeResetStyles,
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
/** A state's three colours: background, text and border, as the custom properties the root's rules read. */
const look = (bg: string, fg: string, line: string) => ({ "--perf-bg": bg, "--perf-fg": fg, "--perf-line": line });

/*
 * The base of every button is one rule (a reset style) and each state sets three custom properties instead of the
 * twelve declarations (four border sides) it would otherwise take: the style sheet, precomputed into the bundle, stays
 * small. The variants below override the base.
 */
const useRootStyle = makeResetStyles({
  alignItems: "center",
  boxSizing: "border-box",
  display: "inline-flex",
  justifyContent: "center",
  verticalAlign: "middle",
  margin: 0,
  overflow: "hidden",
  ...look(tokens.colorNeutralBackground1, tokens.colorNeutralForeground1, tokens.colorNeutralStroke1),
  backgroundColor: "var(--perf-bg)",
  color: "var(--perf-fg)",
  border: `${tokens.strokeWidthThin} solid var(--perf-line)`,
  fontFamily: tokens.fontFamilyBase,
  outlineStyle: "none",
  padding: `5px ${tokens.spacingHorizontalM}`,
  minWidth: "96px",
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  cursor: "pointer",
  ":hover": look(
    tokens.colorNeutralBackground1Hover,
    tokens.colorNeutralForeground1Hover,
    tokens.colorNeutralStroke1Hover,
  ),
  ":hover:active": look(
    tokens.colorNeutralBackground1Pressed,
    tokens.colorNeutralForeground1Pressed,
    tokens.colorNeutralStroke1Pressed,
  ),
  ":focus-visible": {
    "--perf-line": tokens.colorStrokeFocus2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  },
  "@media (forced-colors: active)": { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid Highlight` } },
});

const useStyles = makeStyles({
  secondary: {},
  primary: {
    ...look(tokens.colorBrandBackground, tokens.colorNeutralForegroundOnBrand, "transparent"),
    ":hover": look(tokens.colorBrandBackgroundHover, tokens.colorNeutralForegroundOnBrand, "transparent"),
    ":hover:active": look(tokens.colorBrandBackgroundPressed, tokens.colorNeutralForegroundOnBrand, "transparent"),
    ":focus-visible": {
      "--perf-line": tokens.colorStrokeFocus2,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    },
  },
  transparent: {
    ...look(tokens.colorTransparentBackground, tokens.colorNeutralForeground2, "transparent"),
    ":hover": look(tokens.colorTransparentBackgroundHover, tokens.colorNeutralForeground2BrandHover, "transparent"),
    ":hover:active": look(
      tokens.colorTransparentBackgroundPressed,
      tokens.colorNeutralForeground2BrandPressed,
      "transparent",
    ),
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
    cursor: "not-allowed",
    ...look(
      tokens.colorNeutralBackgroundDisabled,
      tokens.colorNeutralForegroundDisabled,
      tokens.colorNeutralStrokeDisabled,
    ),
    ":hover": look(
      tokens.colorNeutralBackgroundDisabled,
      tokens.colorNeutralForegroundDisabled,
      tokens.colorNeutralStrokeDisabled,
    ),
    ":hover:active": look(
      tokens.colorNeutralBackgroundDisabled,
      tokens.colorNeutralForegroundDisabled,
      tokens.colorNeutralStrokeDisabled,
    ),
  },
  disabledBorderless: { "--perf-line": "transparent", ":hover": { "--perf-line": "transparent" } },
  disabledTransparent: { "--perf-bg": "transparent", ":hover": { "--perf-bg": "transparent" } },
});

export type { ButtonProps };

export const Button = React.forwardRef<HTMLButtonElement, ButtonProps>((props, ref) => {
  const state = useButton_unstable(props, ref);
  const root = useRootStyle();
  const styles = useStyles();
  const off = state.disabled || state.disabledFocusable;
  const appearance =
    state.appearance === "transparent" || state.appearance === "primary" ? state.appearance : "secondary";
  state.root.className = mergeClasses(
    "fui-Button",
    root,
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
