// Every text field carries its column's limit as maxlength, so the browser keeps what fits and drops the rest of a
// paste without a word. Say so next to the field, so that nobody believes a cut text was kept whole.
(() => {
    const messageClass = "text-limit-message";

    function messageFor(field) {
        const container = field.closest(".mud-input-control") ?? field.parentElement;
        let message = container.querySelector(`:scope > .${messageClass}`);
        if (!message) {
            message = document.createElement("div");
            message.className = messageClass;
            message.setAttribute("role", "alert");
            container.appendChild(message);
        }
        return message;
    }

    document.addEventListener("paste", event => {
        const field = event.target;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.maxLength <= 0) return;
        const pasted = event.clipboardData?.getData("text") ?? "";
        const kept = field.value.length - (field.selectionEnd - field.selectionStart);
        const room = field.maxLength - kept;
        if (pasted.length <= room) return;
        messageFor(field).textContent =
            `This field holds at most ${field.maxLength.toLocaleString("en")} characters: only the first ${Math.max(room, 0).toLocaleString("en")} of the ${pasted.length.toLocaleString("en")} pasted were kept.`;
    }, true);

    document.addEventListener("input", event => {
        const field = event.target;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
        if (field.maxLength > 0 && field.value.length < field.maxLength)
            field.closest(".mud-input-control")?.querySelector(`:scope > .${messageClass}`)?.remove();
    }, true);
})();
