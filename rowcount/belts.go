package rowcount

// By store/migrations/*/…_directory_belt_counts.sql:

// DirectoryBelts: the facilitators listed in the space's directory (as Directory counts them),
// by each belt they hold in the space (its role: "green"), in the space (no Every).
const DirectoryBelts = "directory_belts"

// By store/migrations/*/…_directory_city_counts.sql:

// DirectoryCities: the facilitators listed in the space's directory (as Directory counts them),
// by the folded key of their city (none: not counted), in the space (no Every).
const DirectoryCities = "directory_cities"
