export interface OutlineLesson {
  readonly slug: string;
  readonly title: string;
  readonly steps: readonly { readonly id: string }[];
}
export declare function readCourseOutline(): OutlineLesson[];
export declare function courseRoutes(): string[];
