// Placeholder until this area has sources.
