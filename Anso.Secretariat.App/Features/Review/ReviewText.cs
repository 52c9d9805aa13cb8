namespace Anso.Secretariat.App.Features.Review;

/// <summary>The GB review's wording: ReviewText.resx (English) and ReviewText.zh-Hans.resx.</summary>
public sealed class ReviewText;
