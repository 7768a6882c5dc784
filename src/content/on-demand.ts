// The content script as one self-contained file, injected by the popup (activeTab + scripting)
// on sites DocClip has no profile for. Same code as the manifest's content script.
import './index';
