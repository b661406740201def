// The Delete key's presses (keys.ts), which the inspector's delete button answers (form.tsx).

import { create } from 'zustand';

export const useDeleteKey = create<{ presses: number }>()(() => ({ presses: 0 }));
