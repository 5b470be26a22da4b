// The page-overhead floor: a content script that does nothing. What the page pays for it is the
// browser's own cost of injecting any content script (isolated world, script evaluation).
