/**
 * Sends readers' feedback to the endpoint in site.yaml (`feedback.endpoint`),
 * read from `<meta name="faq-feedback-endpoint">`. No cookies, no identifiers:
 * only what the event itself says. Nothing is sent when no endpoint is set.
 */
export type FeedbackEvent =
  | { type: 'helpful'; entry: string; lang: string; helpful: boolean }
  | { type: 'no-results'; query: string; lang: string };

function feedbackEndpoint(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="faq-feedback-endpoint"]')?.content || undefined;
}

export async function sendFeedback(event: FeedbackEvent): Promise<boolean> {
  const endpoint = feedbackEndpoint();
  if (!endpoint) return false;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...event, page: location.pathname, at: new Date().toISOString().slice(0, 10) }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
