import { useFetcher, useBlocker } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormFailure } from "~/http/forms.server";

/** With JavaScript: posts the page's answers every ten seconds after a change. Never stores anything in the browser. */
export function useAutosave(formRef: React.RefObject<HTMLFormElement | null>, action: string) {
  const fetcher = useFetcher<{ autosaved?: true; failure?: FormFailure }>({ key: "autosave" });
  const dirty = useRef(false);
  const busy = useRef(false);
  busy.current = fetcher.state !== "idle";
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;
  // Not saved because the server or network was unreachable: still unsaved, so the next tick tries again.
  const unsaved = fetcher.state === "idle" && fetcher.data?.failure?.unavailable === true;
  useEffect(() => {
    if (unsaved) dirty.current = true;
  }, [unsaved, fetcher.data]);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const markDirty = () => {
      dirty.current = true;
    };
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    const timer = window.setInterval(() => {
      if (!dirty.current || busy.current) return;
      dirty.current = false;
      const formData = new FormData(form);
      formData.set("intent", "autosave");
      submit.current(formData, { method: "post", action });
    }, 10_000);
    return () => {
      window.clearInterval(timer);
      form.removeEventListener("input", markDirty);
      form.removeEventListener("change", markDirty);
    };
  }, [formRef, action]);
  const notSavedBeforeLeaving = useSaveBeforeLeaving(formRef, action, () => dirty.current || busy.current);
  return { fetcher, notSavedBeforeLeaving };
}

/**
 * With JavaScript: following a link away from the page (the header, the
 * consultation's name) while something typed is not yet saved first saves
 * it, then goes — no dialog. If it cannot be saved the person stays, with
 * everything still there, and is told why. Moving between steps and
 * changing language are form posts that save anyway (see `handle`).
 */
function useSaveBeforeLeaving(
  formRef: React.RefObject<HTMLFormElement | null>,
  action: string,
  unsaved: () => boolean,
) {
  const saver = useFetcher<{ autosaved?: true; failure?: FormFailure }>({ key: "save-before-leaving" });
  // A post of the page's own form (a step button, the language choice) saves what it carries: never held back.
  const posting = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const markPosting = () => {
      posting.current = true;
    };
    form.addEventListener("submit", markPosting);
    return () => form.removeEventListener("submit", markPosting);
  }, [formRef]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (posting.current) {
      posting.current = false;
      return false;
    }
    return unsaved() && (nextLocation.pathname !== currentLocation.pathname || nextLocation.search !== currentLocation.search);
  });
  const saving = useRef(false);
  // The answer to an earlier attempt, so only the reply to this one decides.
  const earlier = useRef<unknown>(undefined);
  const [notSaved, setNotSaved] = useState(false);
  const submit = useRef(saver.submit);
  submit.current = saver.submit;
  useEffect(() => {
    const form = formRef.current;
    if (blocker.state !== "blocked" || saving.current || !form) return;
    saving.current = true;
    earlier.current = saver.data;
    setNotSaved(false);
    const formData = new FormData(form);
    formData.set("intent", "autosave");
    submit.current(formData, { method: "post", action });
  }, [blocker.state, formRef, action, saver.data]);
  useEffect(() => {
    if (!saving.current || saver.state !== "idle" || saver.data === undefined || saver.data === earlier.current) return;
    saving.current = false;
    if (saver.data.autosaved) {
      blocker.proceed?.();
    } else {
      blocker.reset?.();
      setNotSaved(true);
    }
  }, [saver.state, saver.data, blocker]);
  return notSaved;
}

export function AutosaveStatus({ fetcher }: { fetcher: ReturnType<typeof useAutosave>["fetcher"] }) {
  const { t } = useTranslation("participation");
  let message = "";
  if (fetcher.state !== "idle") message = t("autosave.saving");
  else if (fetcher.data?.autosaved) message = t("autosave.saved");
  else if (fetcher.data?.failure) message = t("autosave.failed");
  return (
    <p className="autosave-status" aria-live="polite">
      {message}
    </p>
  );
}
