import type { IndicatorText } from "../../framework";
import { i111Text } from "./indicators/1.1.1";
import { i112Text } from "./indicators/1.1.2";
import { i121Text } from "./indicators/1.2.1";
import { i122Text } from "./indicators/1.2.2";
import { i123Text } from "./indicators/1.2.3";
import { i211Text } from "./indicators/2.1.1";
import { i212Text } from "./indicators/2.1.2";
import { i213Text } from "./indicators/2.1.3";
import { i221Text } from "./indicators/2.2.1";
import { i222Text } from "./indicators/2.2.2";
import { i231Text } from "./indicators/2.3.1";
import { i232Text } from "./indicators/2.3.2";
import { i233Text } from "./indicators/2.3.3";
import { i241Text } from "./indicators/2.4.1";
import { i242Text } from "./indicators/2.4.2";
import { i251Text } from "./indicators/2.5.1";
import { i311Text } from "./indicators/3.1.1";
import { i321Text } from "./indicators/3.2.1";
import { i322Text } from "./indicators/3.2.2";
import { i323Text } from "./indicators/3.2.3";
import { i335Text } from "./indicators/3.3.5";
import { i341Text } from "./indicators/3.4.1";
import { i342Text } from "./indicators/3.4.2";

/** The words of every common indicator, by code: 指标说明 and 参考评分标准. */
export const DAPENG_2024_TEXTS: Readonly<Record<string, IndicatorText>> = {
  "1.1.1": i111Text,
  "1.1.2": i112Text,
  "1.2.1": i121Text,
  "1.2.2": i122Text,
  "1.2.3": i123Text,
  "2.1.1": i211Text,
  "2.1.2": i212Text,
  "2.1.3": i213Text,
  "2.2.1": i221Text,
  "2.2.2": i222Text,
  "2.3.1": i231Text,
  "2.3.2": i232Text,
  "2.3.3": i233Text,
  "2.4.1": i241Text,
  "2.4.2": i242Text,
  "2.5.1": i251Text,
  "3.1.1": i311Text,
  "3.2.1": i321Text,
  "3.2.2": i322Text,
  "3.2.3": i323Text,
  "3.3.5": i335Text,
  "3.4.1": i341Text,
  "3.4.2": i342Text,
};
