// Fits the MSS Haiti dashboard's embedded charts to their content. Optional: without this script an
// embed keeps the height its code sets. No dependencies; it only listens for the embeds' messages.
(function () {
	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'mss-haiti:height' || typeof data.height !== 'number') return;
		var frames = document.querySelectorAll('iframe[data-mss-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			// Only the frame that sent it, and only if it comes from where the frame points.
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== event.origin) return;
			frame.style.height = Math.min(Math.max(Math.ceil(data.height), 100), 20000) + 'px';
		}
	});
})();
