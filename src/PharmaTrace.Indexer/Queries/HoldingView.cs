using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A holder's quantity of a batch.</summary>
[Description("The packs of the batch an account holds now.")]
public sealed record HoldingView(
    [property: Description("The holder.")] PartyView Holder,
    [property: Description("Packs held.")] long Quantity);
