namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>Everything an account can try to do in the back office; each is checked against the resource's scope.</summary>
public enum EditorialOperation
{
    View = 0,
    Create = 1,
    Edit = 2,
    Preview = 3,
    SendForReview = 4,
    Publish = 5,
    Unpublish = 6,
    Schedule = 7,
    Rollback = 8,
    Delete = 9,
    UploadImage = 10,
    MarkChecked = 11,
    ViewHistory = 12,

    /// <summary>Service types, taxonomies, municipalities and areas, synonyms and region-wide pages.</summary>
    ManageStructure = 20,
    ManageUsers = 21,
}
