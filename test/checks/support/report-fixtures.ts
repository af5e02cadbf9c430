export const failedAnswer = { state: 'failed', error: { kind: 'http', message: 'GET /v1/account/release_report/config answered 403: forbidden' } } as const;
export const emptyList = { state: 'listed', count: 0, latest: null } as const;
