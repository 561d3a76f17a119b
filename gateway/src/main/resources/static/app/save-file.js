// Saving a file an API answered with, for the signed-in pages and the public ones alike.

/**
 * Saves the body of a successful answer as a file, under the name the API gives in
 * Content-Disposition (RFC 6266, the UTF-8 form first), or the fallback name.
 */
export async function saveAnswer(response, fallbackName) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1]) : plain ? plain[1] : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
