// Mark dates announced as plans (将于11月20日, 拟于12月初, 计划下月): their year is not pulled into the past.

import type { Refiner } from '../model.ts'

const PLAN_BEFORE =
  /(?:将|拟|擬|计划|計劃|预计|預計|定于|定於|准备|準備|预定|預定|即将|有望|将在|将于|拟于|擬於|擬于)[于於在]?[ \t\u3000]{0,2}$/u

export const markPlans: Refiner = {
  id: 'mark-plans',
  refine(drafts, text) {
    return drafts.map((d) => {
      const before = text.slice(Math.max(0, d.start - 5), d.start)
      return PLAN_BEFORE.test(before) ? { ...d, plan: true } : d
    })
  },
}
