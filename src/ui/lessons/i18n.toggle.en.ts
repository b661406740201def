// The course button's strings, in the top bar from the first drawing (the rest of the course's
// strings come with its chunk: i18n.en.ts).

export const courseToggleEn = {
  'course.open': 'Course',
  'course.openTitle': 'A guided course through container networking',
  'course.close': 'Back to my lab',
  'course.closeTitle': 'Leave the course: your own lab comes back as you left it',
};
