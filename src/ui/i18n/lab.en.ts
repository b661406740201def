// English strings about keeping the lab: autosave and other tabs, the engine worker's health, and the
// error boundary that keeps the lab when part of the page fails to draw.

export const labEn = {
  'engine.restarted':
    'The engine stopped and was restarted from your lab. Nothing in the lab was lost; traffic and steps start over.',
  'engine.gaveUp': 'The engine keeps stopping. Reload the page; your last autosave is kept.',
  'engine.cancelled':
    'Cancelled. Your lab is back as it was before that operation: the document is unchanged, nothing the operation did is kept, and the traffic you ran before it has been run again (its steps are back).',
  'busy.line': 'Working on line {line} of {lines}: {command}',
  'busy.one': 'Working: {command}',
  'busy.opening': 'Rebuilding your lab: line {line} of {lines}',
  'busy.stats': '{events} simulation events · virtual time {virtual} s · {elapsed} s so far',
  'busy.cancel': 'Cancel',
  'busy.cancelHint': 'Cancel brings your lab back to how it was before this operation.',
  'busy.cancelTitle':
    'Stops this operation. Your lab goes back to how it was before it: the document stays as it was, nothing the operation did is kept, and the traffic you ran before it is run again.',
  'busy.notCancellable':
    'Your lab is being rebuilt from its document; this is what a cancel goes back to, so it cannot be cancelled.',
  'busy.cancelled': 'netns-lab: cancelled: the lab is back as it was before this command',
  'save.otherTab':
    'This lab is open in another tab, and that tab saves it. Changes made here are not saved automatically.',
  'save.lostTab': 'Another tab now saves this lab. Changes made here are no longer saved automatically.',
  'save.takeOver': 'Save from this tab',
  'save.failed':
    'Your lab is not being saved: this browser’s storage is unavailable or full ({error}). Save it as a file to keep it.',
  'save.alsoOpen':
    'This lab is also open in another tab. Both save it, and the last change made in either one wins.',
  'save.asFile': 'Save as file',
  'crash.title': 'This part of the page failed to draw',
  'crash.body': 'Your lab and its autosave are untouched. The error was: {error}',
  'crash.engine':
    'Your lab and its autosave are untouched. The engine has stopped, so this could not be shown; reload the page to start a new one.',
  'crash.continue': 'Continue',
  'crash.reload': 'Reload the page',
  'share.err.empty': 'the link holds no lab (nothing after #share=)',
  'share.err.damaged': 'the link is damaged',
  'share.err.tooLong': 'the link is too long',
  'share.err.tooLarge': 'the lab in the link is too large',
  'name.hidden':
    'netns-lab refuses names with invisible or direction-changing characters ({chars}): the drawing would show them misleadingly.',
} as const;
