/** `single-source` → `Single source`. Import-free so the browser search bundle can use it too. */
export const labelFromKey = (key: string): string => {
  const words = key.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
