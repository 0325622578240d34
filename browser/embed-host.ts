/** The message an embed sends its host page whenever its height changes. */
export const RESIZE_MESSAGE = "flowledger:embed-height";

/**
 * The host page's side of resizing, pasted with the <iframe>: a frame of ours that says its
 * height gets it, and nothing else does (the message must come from that frame's window and from
 * Flowledger's origin). Written for any page; a host without scripts keeps the fixed height.
 */
export function resizeScript(origin: string): string {
  return `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(RESIZE_MESSAGE)})return;var f=document.querySelectorAll("iframe[data-flowledger]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&e.data.height>0)f[i].style.height=Math.ceil(e.data.height)+"px";});</script>`;
}
