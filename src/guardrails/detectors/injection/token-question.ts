// A developer's question about a chat template's special tokens (issue 15, over-refusal on injection as a topic:
// gandalf-fresh dev half, "What is <|endoftext|> in GPT tokenizers, and why does it matter when fine-tuning?",
// flagged by the `chat_template_tokens` rule, rules.ts). The rule reads "<|im_start|>", "[INST]", "<<SYS>>"
// as a faked turn; people who build on these models ask what the tokens are, why a tokenizer has them and how
// to write them in a prompt format. `tokenQuestion` is true for a short text (≤ 400 characters) that asks
// about them (what is / why does / how do I / explain / difference between / purpose of) in a tokenizer,
// template or fine-tuning context, and that neither opens a turn with a token ("<|im_start|>system",
// "[INST] user", "<|im_end|>assistant") nor carries an injection's words (ignore, disregard, forget, new
// instructions, system prompt, reveal, you are now). The rule keeps every other text.

const MAX = 400;
const ASKS =
  /\b(?:what(?:'s| is| are| does| do)|why (?:does|do|is|are|did)|how (?:does|do|should|can|would)|explain|meaning of|purpose of|difference between|when (?:should|do|does)|is it (?:ok|safe|necessary))\b/i;
const CONTEXT =
  /\b(?:tokeni[sz]ers?|tokens?|templates?|fine-?tun\w*|special|chat format|prompt format|vocab\w*|eos|bos|stop (?:sequence|token)s?|dataset|training data|llama|mistral|gpt-?\w*|qwen|hugging ?face|transformers|jinja)\b/i;
/** A token opening a turn (a role after it), as a faked conversation does. */
const TURN =
  /(?:<\|(?:im_start|start_header_id|system)\|>|\[INST\]|<<SYS>>|<\|eot_id\|>|<\|im_end\|>|<\|endoftext\|>)\s*(?:system|assistant|user|human|developer)\b/i;
const INJECTION_WORDS =
  /\b(?:ignore|disregard|forget|override|new instructions?|system prompt|reveal|you are now|from now on|jailbr\w*|no (?:rules|restrictions|limits))\b/i;

/** True when `text` only asks about chat-template tokens (see above). */
export function tokenQuestion(text: string): boolean {
  return text.length <= MAX && ASKS.test(text) && CONTEXT.test(text) && !TURN.test(text) && !INJECTION_WORDS.test(text);
}
