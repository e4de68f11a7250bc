/** Lets the page handle input and paint before the next slice of a long piece of work. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
