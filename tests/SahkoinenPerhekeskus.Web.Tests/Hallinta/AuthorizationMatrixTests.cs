namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>
/// Every state-changing back-office endpoint × every role × (own scope, foreign scope) → the expected status.
/// A refused request must leave the service row, its versions, schedule and images exactly as they were.
/// </summary>
public sealed class AuthorizationMatrixTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var endpoint in MatrixEndpoints.All)
            {
                foreach (var role in EditorRoles.Assignable)
                {
                    data.Add(endpoint.Name, role, "own");
                    data.Add(endpoint.Name, role, "foreign");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_RoleAndScope_GivesExpectedStatus(string endpointName, string role, string scope)
    {
        var endpoint = MatrixEndpoints.All.Single(e => e.Name == endpointName);
        var own = scope == "own";
        var snapshot = own ? OwnSnapshot(role) : BackOfficeFixture.Snapshot(BackOfficeFixture.ForeignMunicipality, "kunta-422");
        var id = await fixture.CreateServiceAsync(snapshot, publish: true, sendForReview: role == EditorRoles.Reviewer);
        var before = await fixture.StateAsync(id);
        var servicesBefore = await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count()));
        var client = await fixture.ClientAsync(role);

        var response = await endpoint.Send(client, id, OwnSnapshot(role), snapshot);

        var expected = Expected(endpoint, role, own);
        Assert.True(expected == response.StatusCode, $"{endpointName} as {role} ({scope}): expected {(int)expected}, got {(int)response.StatusCode}");
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(before, await fixture.StateAsync(id));
            Assert.Equal(servicesBefore, await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count())));
        }
        else if (endpoint.Changes)
        {
            Assert.NotEqual(before, await fixture.StateAsync(id));
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousCases))]
    public async Task Endpoint_Anonymous_RedirectsToLoginWithoutChange(string endpointName)
    {
        var endpoint = MatrixEndpoints.All.Single(e => e.Name == endpointName);
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var before = await fixture.StateAsync(id);
        using var client = fixture.Anonymous();

        var response = await endpoint.SendAnonymous(client, id);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{endpointName}: {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/hallinta/kirjaudu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(before, await fixture.StateAsync(id));
    }

    public static TheoryData<string> AnonymousCases => [.. MatrixEndpoints.All.Select(e => e.Name)];

    /// <summary>The table the issue asks for. Admins may do everything; editors everything inside their scope; reviewers only look and publish what is waiting for review; area leaders change nothing.</summary>
    private static HttpStatusCode Expected(MatrixEndpoint endpoint, string role, bool own)
    {
        var allowed = role switch
        {
            EditorRoles.RegionalAdmin => true,
            EditorRoles.AreaLeader => false,
            EditorRoles.Reviewer => own && endpoint.Operation is EditorialOperation.Preview || (own && endpoint.Operation == EditorialOperation.Publish && !endpoint.NeedsEdit),
            _ => own,
        };
        return allowed ? endpoint.Success : HttpStatusCode.Forbidden;
    }

    private static Core.Editorial.ServiceSnapshot OwnSnapshot(string role) => role == EditorRoles.OrganisationEditor
        ? BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, BackOfficeFixture.OwnOrganisation)
        : BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
}
