import AsyncStorage from "@react-native-async-storage/async-storage";
import { Platform } from "react-native";
import * as Device from "expo-device";
import Constants from "expo-constants";
import { scrub } from "./scrub";

const ENDPOINT = Constants.expoConfig?.extra?.CRASH_ENDPOINT as string;

export async function setOptIn(on: boolean) {
  await AsyncStorage.setItem("crashReports.optIn", on ? "1" : "0");
}

export function installCrashHandler() {
  const previous = ErrorUtils.getGlobalHandler();
  ErrorUtils.setGlobalHandler(async (err, fatal) => {
    try {
      if ((await AsyncStorage.getItem("crashReports.optIn")) === "1") {
        await fetch(ENDPOINT, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            app: Constants.expoConfig?.version,
            os: `${Platform.OS} ${Platform.Version}`,
            model: Device.modelId,
            error: scrub(String(err?.message)),
            stack: scrub(String(err?.stack)).slice(0, 8000),
            ts: new Date().toISOString(),
          }),
        });
      }
    } finally {
      previous(err, fatal);
    }
  });
}
