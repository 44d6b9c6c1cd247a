import './index.scss'

export { RatingStars } from './stars'
export { RatingRows, type RatingValues } from './rating-rows'
