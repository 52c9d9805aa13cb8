using Anso.Secretariat.App.Features.Meetings;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Anso.Secretariat.Tests.Components.Agenda;

/// <summary>Loads a meeting and renders its agenda tab as the meeting page does: each change reloads the meeting.</summary>
public sealed class AgendaHost : ComponentBase
{
    [Parameter] public int MeetingId { get; set; }
    [Parameter] public bool CanManage { get; set; }

    [Inject] private MeetingService Meetings { get; set; } = null!;

    private Meeting? meeting;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync() => meeting = await Meetings.FindAsync(MeetingId);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (meeting is null) return;
        builder.OpenComponent<AgendaTab>(0);
        builder.AddComponentParameter(1, nameof(AgendaTab.Meeting), meeting);
        builder.AddComponentParameter(2, nameof(AgendaTab.CanManage), CanManage);
        builder.AddComponentParameter(3, nameof(AgendaTab.OnChanged), EventCallback.Factory.Create(this, LoadAsync));
        builder.CloseComponent();
    }
}
