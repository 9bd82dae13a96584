// Replaced by the wizard sources.
