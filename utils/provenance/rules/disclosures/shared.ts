/** A character that stays inside one sentence (the engine also splits sentences first). */
export const G = '[^.!?。！？]';
