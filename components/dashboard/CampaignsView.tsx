import { useState } from 'react';
import type { CampaignGroup } from '../../lib/dashboard/route';
import { showGroup } from './campaign-header';
import { CampaignEditor } from './CampaignEditor';
import { CampaignPicker } from './CampaignPicker';
import type { DashboardData } from './store';

/**
 * Campaigns: create one, choose it, and see it as a header (name, status, dates, key figures) over
 * two groups: its progress (plan, formats, deliverables, top performers, competitor window) and
 * its set-up (details, plan, brief, offer, templates).
 */
export function CampaignsView(props: {
  data: DashboardData;
  reload: () => Promise<void>;
  /** The group chosen in the address; null: the campaign's own default. */
  group: CampaignGroup | null;
}) {
  const { data, reload } = props;
  const [selected, setSelected] = useState<string | null>(
    data.activeCampaignId ?? data.campaigns[0]?.id ?? null,
  );
  // Kept here: "Saved." must outlive the remount of the part that was saved.
  const [editorMessage, setEditorMessage] = useState<{ id: string; text: string } | null>(null);
  const campaign = data.campaigns.find((c) => c.id === selected) ?? null;

  return (
    <>
      <CampaignPicker
        campaigns={data.campaigns}
        activeCampaignId={data.activeCampaignId}
        selected={selected}
        onSelect={setSelected}
        onCreated={async (id) => {
          setSelected(id);
          await reload();
        }}
      />
      {campaign ? (
        <CampaignEditor
          key={campaign.id}
          campaign={campaign}
          data={data}
          reload={reload}
          group={props.group}
          onDeleted={() => setSelected(null)}
          onCreated={async (id, text) => {
            setEditorMessage({ id, text });
            showGroup(null);
            setSelected(id);
            await reload();
          }}
          message={editorMessage?.id === campaign.id ? editorMessage.text : null}
          setMessage={(text) => setEditorMessage(text === null ? null : { id: campaign.id, text })}
        />
      ) : null}
    </>
  );
}
