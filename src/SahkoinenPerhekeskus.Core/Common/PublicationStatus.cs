namespace SahkoinenPerhekeskus.Core.Common;

public enum PublicationStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Archived = 3,
}
