namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>Settings under "Perhekeskus:BackOffice".</summary>
public sealed class BackOfficeOptions
{
    public const string Section = "Perhekeskus:BackOffice";

    /// <summary>Idle time after which an editor must sign in again.</summary>
    public int SessionTimeoutMinutes { get; set; } = 30;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Consecutive failed sign-ins that lock an account (stored, so it holds across restarts and nodes). The throttle
    /// below keeps one client from getting there: it takes several clients, and the account's owner is told.
    /// </summary>
    public int LockoutFailures { get; set; } = 20;

    /// <summary>Failed sign-ins one client may make in <see cref="SignInWindowMinutes"/>, whatever accounts it tries.</summary>
    public int SignInClientFailures { get; set; } = 10;

    /// <summary>Failed sign-ins to one account in <see cref="SignInWindowMinutes"/> after which it takes one try per <see cref="SignInAccountSpacingSeconds"/>.</summary>
    public int SignInAccountFailures { get; set; } = 5;

    public int SignInAccountSpacingSeconds { get; set; } = 60;

    public int SignInWindowMinutes { get; set; } = 15;

    /// <summary>
    /// How often an open session's security stamp is compared with the account's: a scope change, a new password
    /// or a reset authenticator reaches open sessions within this time.
    /// </summary>
    public int SecurityStampCheckSeconds { get; set; } = 60;

    /// <summary>How often the scheduler looks for due publish/unpublish actions.</summary>
    public int SchedulerIntervalSeconds { get; set; } = 30;

    /// <summary>Largest accepted image upload.</summary>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest accepted image in pixels (width × height), against decompression bombs.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;
}

/// <summary>Settings under "Perhekeskus:DemoAccounts": run.sh turns them on, tests and production leave them off.</summary>
public sealed class DemoAccountsOptions
{
    public const string Section = "Perhekeskus:DemoAccounts";

    public bool Enabled { get; set; }
}
