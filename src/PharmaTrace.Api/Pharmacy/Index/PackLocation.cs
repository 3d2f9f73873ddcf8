namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>Where a serial sits: the batch (by its position in the index) and the leaf index. 8 bytes, for the 1,000,000-pack budget.</summary>
public readonly record struct PackLocation(int BatchOrdinal, uint Index);
