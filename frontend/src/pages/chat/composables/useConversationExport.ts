/** Composable: downloads a kept conversation as a Markdown file, labelled in the page's language. */
import { useI18n } from 'vue-i18n'
import type { StoredConversation } from '@/storage/conversationDb'
import { conversationToMarkdown, markdownFileName } from '@/utils/conversationMarkdown'

export function useConversationExport() {
  const { t } = useI18n()

  function download(record: StoredConversation): void {
    const markdown = conversationToMarkdown(record, {
      untitled: t('conversations.untitled'),
      you: t('chat.you'),
      assistant: t('conversations.assistant'),
      systemPrompt: t('settings.systemPrompt'),
      reasoning: t('conversations.reasoning'),
      images: (count) => t('conversations.imagesNotKept', { count }),
      exportedAt: (date) => t('conversations.exportedAt', { date }),
    })
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = markdownFileName(record.title)
    link.click()
    // The download has started by then; the URL only has to outlive the click.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  return { download }
}
